package com.example.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Stock levels per SKU, with reservations. Thread-safety: none (callers lock; see {@link Warehouse}).
 */
public final class Inventory<K extends Comparable<K>> implements Iterable<Inventory.Item<K>> {

    public enum Status { IN_STOCK, LOW, OUT }

    public record Item<K>(K sku, String name, int quantity, BigDecimal price) {
        public Item {
            Objects.requireNonNull(sku, "sku");
            if (quantity < 0) {
                throw new IllegalArgumentException("quantity < 0 for " + sku);
            }
        }

        public Item<K> withQuantity(int quantity) {
            return new Item<>(sku, name, quantity, price);
        }
    }

    private final Map<K, Item<K>> items = new java.util.TreeMap<>();
    private final int lowThreshold;

    public Inventory(int lowThreshold) {
        this.lowThreshold = lowThreshold;
    }

    @SafeVarargs
    public final Inventory<K> add(Item<K>... added) {
        for (var item : added) {
            items.merge(item.sku(), item, (old, neu) -> old.withQuantity(old.quantity() + neu.quantity()));
        }
        return this;
    }

    public Status status(K sku) {
        int quantity = Optional.ofNullable(items.get(sku)).map(Item::quantity).orElse(0);
        return quantity == 0 ? Status.OUT : quantity <= lowThreshold ? Status.LOW : Status.IN_STOCK;
    }

    public String label(K sku) {
        return switch (status(sku)) {
            case IN_STOCK -> "available";
            case LOW -> {
                int left = items.get(sku).quantity();
                yield left == 1 ? "last one" : "only " + left + " left";
            }
            case OUT -> "sold out";
        };
    }

    public boolean reserve(K sku, int count) {
        Item<K> item = items.get(sku);
        if (item == null || count <= 0 || item.quantity() < count) {
            return false;
        }
        items.put(sku, item.withQuantity(item.quantity() - count));
        return true;
    }

    public BigDecimal value() {
        return items.values().stream()
            .map(i -> i.price().multiply(BigDecimal.valueOf(i.quantity())))
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .setScale(2, RoundingMode.HALF_EVEN);
    }

    public Map<Status, List<K>> byStatus() {
        Map<Status, List<K>> result = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            result.put(s, new ArrayList<>());
        }
        items.keySet().forEach(sku -> result.get(status(sku)).add(sku));
        return result;
    }

    public <V> Map<K, V> project(Function<? super Item<K>, ? extends V> projection, Predicate<? super Item<K>> filter) {
        return items.values().stream().filter(filter)
            .collect(Collectors.toMap(Item::sku, projection, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public List<Item<K>> cheapest(int n) {
        List<Item<K>> sorted = new ArrayList<>(items.values());
        sorted.sort(Comparator.comparing(Item<K>::price).thenComparing(Item::sku));
        return Collections.unmodifiableList(sorted.subList(0, Math.min(n, sorted.size())));
    }

    @Override
    public java.util.Iterator<Item<K>> iterator() {
        return items.values().iterator();
    }

    @Override
    public String toString() {
        return "Inventory[" + items.size() + " skus, {low<=" + lowThreshold + "}]";
    }
}
