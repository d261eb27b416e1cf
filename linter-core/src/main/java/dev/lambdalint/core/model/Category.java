package dev.lambdalint.core.model;

/** The rule families of the catalog. */
public enum Category {
  LAMBDALINT("lambdalint itself"),
  HANDLER_CODE("Handler code"),
  EVENT_SOURCES("Event sources and failure handling"),
  SECURITY("Secrets and IAM"),
  PACKAGING("Packaging and deployment size"),
  CONFIGURATION("Configuration and cold start");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
