package dev.bazaar.ordering.domain;

/** Basis-point arithmetic on minor units: 1 bp is 0.01 %, halves round up (amounts are never negative). */
public final class Rates {

    public static final int WHOLE = 10_000;

    private Rates() {
    }

    public static long share(long amountMinor, int basisPoints) {
        if (amountMinor < 0 || basisPoints < 0 || basisPoints > WHOLE) {
            throw new IllegalArgumentException("A share of " + amountMinor + " at " + basisPoints + " bp");
        }
        return Math.addExact(Math.multiplyExact(amountMinor, basisPoints), WHOLE / 2) / WHOLE;
    }
}
