namespace cartservice.tests;
public class CartServiceTests {}
