package hipstershop;

class AdServiceTest {}
