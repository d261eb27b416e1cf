package com.example.functional.audit;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The team's own annotation, named like Powertools'. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Logging {}
