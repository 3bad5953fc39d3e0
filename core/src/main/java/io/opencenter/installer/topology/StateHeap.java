package io.opencenter.installer.topology;

import java.util.Arrays;

/**
 * A binary min-heap of (priority, state) pairs on primitive arrays: the router pushes tens of thousands of search
 * states per edge, and boxed queue entries made routing the slowest part of the layout.
 */
final class StateHeap {

    private double[] keys = new double[1024];
    private int[] states = new int[1024];
    private int size;

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void push(double key, int state) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            states = Arrays.copyOf(states, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!less(key, state, keys[parent], states[parent])) {
                break;
            }
            keys[i] = keys[parent];
            states[i] = states[parent];
            i = parent;
        }
        keys[i] = key;
        states[i] = state;
    }

    /** Priority of the smallest entry. */
    double peekKey() {
        return keys[0];
    }

    /** Removes the smallest entry and returns its state. */
    int pop() {
        int top = states[0];
        size--;
        if (size > 0) {
            double key = keys[size];
            int state = states[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(keys[child + 1], states[child + 1], keys[child], states[child])) {
                    child++;
                }
                if (!less(keys[child], states[child], key, state)) {
                    break;
                }
                keys[i] = keys[child];
                states[i] = states[child];
                i = child;
            }
            keys[i] = key;
            states[i] = state;
        }
        return top;
    }

    /** Ties go to the lower state number, so the search (and the layout) is the same on every run. */
    private static boolean less(double keyA, int stateA, double keyB, int stateB) {
        return keyA < keyB || keyA == keyB && stateA < stateB;
    }
}
