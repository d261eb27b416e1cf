package budget;

public class App {
  public String handleRequest(String input) {
    return input;
  }
}
