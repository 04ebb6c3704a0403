package hipstershop;

public final class AdService {
    public static void main(String[] args) {
        System.out.println("ads");
    }
}
