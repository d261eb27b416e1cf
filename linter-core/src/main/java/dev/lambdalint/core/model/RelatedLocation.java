package dev.lambdalint.core.model;

import java.util.Objects;

/**
 * A further place a finding concerns, shown beside its location (SARIF {@code relatedLocations}):
 * the synthesized template line a finding in CDK source was found on.
 *
 * @param message what the place is, in a few words ("synthesized as Resources/Search…/Properties/Timeout")
 */
public record RelatedLocation(Location location, String message) {
  public RelatedLocation {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }
}
