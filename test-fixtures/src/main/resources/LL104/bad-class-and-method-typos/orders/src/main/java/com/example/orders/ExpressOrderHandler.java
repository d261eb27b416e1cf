package com.example.orders;

/** handleRequest is inherited from OrderHandler. */
public class ExpressOrderHandler extends OrderHandler {}
