package com.example.ev;

public record Order(String id, int quantity) {}
