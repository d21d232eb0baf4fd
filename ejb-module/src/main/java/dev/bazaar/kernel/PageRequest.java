package dev.bazaar.kernel;

/** A zero-based page number and a page size, checked once here so every caller gets the same rules. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
