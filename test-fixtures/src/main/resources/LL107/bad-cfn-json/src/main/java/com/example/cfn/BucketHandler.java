package com.example.cfn;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;

public class BucketHandler implements RequestHandler<SNSEvent, Void> {
  @Override
  public Void handleRequest(SNSEvent event, Context context) { // expect: LL107 notification of bucket Bucket delivers S3Event or S3EventNotification
    return null;
  }
}
