package fixtures;

public class Quiet {
  @SuppressWarnings("lambdalint:LL101") // expect: LL003 matches no finding
  void run() {}

  int value() {
    // expect: LL003 names no rule
    return 1; // lambdalint:ignore
  }
}
