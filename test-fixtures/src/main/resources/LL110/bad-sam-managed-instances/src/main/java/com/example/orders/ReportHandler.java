package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

public class ReportHandler implements RequestHandler<String, String> {
  @Override
  public String handleRequest(String report, Context context) {
    try (OutputStream out = new FileOutputStream("/tmp/" + "report.csv")) { // expect: LL110 many requests at once (for Java, 32 per vCPU by default)
      out.write(report.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "ok";
  }
}
