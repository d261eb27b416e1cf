package com.example.ev;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;

public class NotificationHandler implements RequestHandler<S3EventNotification, Void> {
  @Override
  public Void handleRequest(S3EventNotification event, Context context) {
    return null;
  }
}
