namespace cartservice;

public class CartService
{
    public string Name => "cart";
}
