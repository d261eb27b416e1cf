package com.example.ev;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;

public class ChangeHandler
    extends Mid<KinesisEvent> { // expect: LL107 ChangeHandler.handleRequest takes KinesisEvent (through its generic base class), but no trigger of ChangeFunction delivers it: DynamoDB event TableChanges delivers DynamodbEvent or DynamodbTimeWindowEvent
}
