package com.example.reports;

import com.amazonaws.services.lambda.AWSLambda;
import com.amazonaws.services.lambda.AWSLambdaAsync;
import com.amazonaws.services.lambda.AWSLambdaAsyncClientBuilder;
import com.amazonaws.services.lambda.AWSLambdaClientBuilder;
import com.amazonaws.services.lambda.model.InvocationType;
import com.amazonaws.services.lambda.model.InvokeRequest;
import com.amazonaws.services.lambda.model.InvokeResult;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.Future;

/** No template here: the callee cannot be named, the synchronous call still can. */
public class ReportHandler implements RequestHandler<String, String> {
  private static final AWSLambda LAMBDA = AWSLambdaClientBuilder.defaultClient();
  private static final AWSLambdaAsync ASYNC = AWSLambdaAsyncClientBuilder.defaultClient();

  @Override
  public String handleRequest(String day, Context context) throws RuntimeException {
    InvokeResult totals = LAMBDA.invoke(new InvokeRequest().withFunctionName("totals").withPayload(day)); // expect: LL102 invokes Lambda function 'totals' synchronously (AWS SDK v1
    render(day);
    notifyLater(day);
    return new String(totals.getPayload().array());
  }

  private void render(String day) {
    InvokeRequest request = new InvokeRequest();
    request.setFunctionName("renderer");
    request.setInvocationType(InvocationType.RequestResponse);
    request.setPayload(day);
    LAMBDA.invoke(request); // expect: LL102
    try {
      Future<InvokeResult> pending = ASYNC.invokeAsync(new InvokeRequest().withFunctionName("archive").withPayload(day)); // expect: LL102
      pending.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void notifyLater(String day) {
    // Event: Lambda queues the call and returns at once.
    LAMBDA.invoke(new InvokeRequest().withFunctionName("notify").withInvocationType(InvocationType.Event).withPayload(day));
    InvokeRequest mail = new InvokeRequest().withFunctionName("mail").withPayload(day);
    mail.setInvocationType("Event");
    LAMBDA.invoke(mail);
    ASYNC.invokeAsync(new InvokeRequest().withFunctionName("archive").withPayload(day)); // not waited for
  }
}
