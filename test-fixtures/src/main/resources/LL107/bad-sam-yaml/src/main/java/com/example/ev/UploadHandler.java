package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

public class UploadHandler implements RequestHandler<SQSEvent, Void> {
  @Override
  public Void handleRequest(SQSEvent event, Context context) { // expect: LL107 UploadHandler.handleRequest takes SQSEvent, but no trigger of UploadFunction delivers it: S3 event Uploads delivers S3Event or S3EventNotification
    return null;
  }
}
