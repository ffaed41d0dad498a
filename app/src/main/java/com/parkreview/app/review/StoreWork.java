package com.parkreview.app.review;

/** Work done in one transaction of the store. */
@FunctionalInterface
public interface StoreWork<T> {
    T run(Store store);
}
