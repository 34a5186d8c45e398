package com.wallet.inbox.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The advice on the heap is given when the JVM was left to pick it, and only then. */
class InboxStandaloneTest {

    @Test
    void adviseABoundWhenTheHeapIsTheJvmsDefaultShareOfABigMachine() {
        assertThat(InboxStandalone.adviseOnHeap(6L << 30)).isTrue();
    }

    @Test
    void stayQuietWhenTheHeapWasBounded() {
        assertThat(InboxStandalone.adviseOnHeap(1L << 30)).isFalse();
        assertThat(InboxStandalone.adviseOnHeap(2L << 30)).isFalse();
    }
}
