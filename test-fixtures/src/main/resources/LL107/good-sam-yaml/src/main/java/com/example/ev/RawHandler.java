package com.example.ev;

@SuppressWarnings("rawtypes")
public class RawHandler extends GenericBase {
}
