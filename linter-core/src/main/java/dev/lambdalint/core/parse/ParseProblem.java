package dev.lambdalint.core.parse;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;

/** Why a file could not be loaded, and where: what LL001 reports. */
public record ParseProblem(SourceFile file, TextRange range, String message) {}
