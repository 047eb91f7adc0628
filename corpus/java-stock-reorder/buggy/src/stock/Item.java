package stock;

/** A stocked product: what is on the shelf, what is reserved for open orders and what is already ordered. */
public record Item(String sku, int onHand, int reserved, int onOrder, int reorderPoint, int reorderQuantity, boolean discontinued) {
    public int available() {
        return onHand - reserved;
    }
}
