package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import software.amazon.awssdk.services.sns.SnsClient;

/** The handler itself builds nothing; the methods it calls do. */
public class PaymentHandler implements RequestHandler<List<String>, String> {
  private final PaymentRepository repository = new PaymentRepository();

  @Override
  public String handleRequest(List<String> payments, Context context) {
    payments.forEach(p -> repository.save(p));
    Receipts.send(payments.size());
    notifyTeam();
    return new Auditor().audit(payments);
  }

  private void notifyTeam() {
    SnsClient sns = SnsClient.create();  // expect: LL101 SnsClient is built on every invocation of PaymentHandler.handleRequest
    sns.close();
  }
}
