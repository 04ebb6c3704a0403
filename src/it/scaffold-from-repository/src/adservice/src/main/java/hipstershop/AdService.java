package hipstershop;

import java.util.List;

public final class AdService {

    private static final List<String> ADS = List.of("camera", "bike", "kitchen");

    public static void main(String[] args) {
        System.out.println(ADS.get(0));
    }
}
