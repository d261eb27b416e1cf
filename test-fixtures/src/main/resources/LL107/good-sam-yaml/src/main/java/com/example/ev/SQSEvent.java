package com.example.ev;

/** The project's own class of that name: not the aws-lambda-java-events one. */
public record SQSEvent(String orderId) {}
