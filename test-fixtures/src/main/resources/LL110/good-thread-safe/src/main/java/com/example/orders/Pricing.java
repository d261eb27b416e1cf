package com.example.orders;

class Pricing {
  private double rate;

  Pricing() {
    rate = 1.0;
  }
}
