package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

public class ReportHandler implements RequestHandler<String, String> {
  private static String lastReport;

  @Override
  public String handleRequest(String report, Context context) {
    if (report != null) {
      return remember(report);
    }
    try (OutputStream out = new FileOutputStream("/tmp/" + "report.csv")) { // expect: LL110 many requests at once (for Java, 32 per vCPU by default)
      out.write(report.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "ok";
  }

  private static String remember(String report) {
    if (report.length() > 100) {
      return forget(report);
    }
    lastReport = report; // expect: LL110 ReportHandler.remember writes the static field lastReport
    return lastReport;
  }

  private static String forget(String report) {
    if (report != null) { // a parameter checked, not a field: no lazy initialisation
      return report.substring(0, 100);
    }
    lastReport = ""; // expect: LL110 ReportHandler.forget writes the static field lastReport
    return lastReport;
  }
}
