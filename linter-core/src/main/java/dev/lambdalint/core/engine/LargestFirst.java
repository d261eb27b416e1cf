package dev.lambdalint.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs jobs on the calling thread and the common pool's workers, each taking the next job,
 * largest first. A parallel stream splits a list into a few fixed runs of files, so the run
 * holding a big template keeps one core busy alone at the end of a phase; handing out files one
 * at a time, biggest first, ends the phase on both cores together. The common pool bounds the
 * threads when several runs share a process (a parallel Maven build).
 */
final class LargestFirst {
  private LargestFirst() {}

  /** One piece of work and an estimate of its cost (a file's bytes or lines). */
  record Job(long cost, Runnable work) {}

  static void run(List<Job> jobs) {
    List<Job> order = handOutOrder(jobs);
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable drain = () -> {
      try {
        for (int i = next.getAndIncrement(); i < order.size(); i = next.getAndIncrement()) {
          order.get(i).work().run();
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
        next.set(order.size()); // the others stop at their next job
      }
    };
    int helpers = Math.max(0, Math.min(ForkJoinPool.getCommonPoolParallelism(), order.size() - 1));
    // Waited for by a latch, not ForkJoinTask.join: when the heap runs out, a pool worker can die
    // outside any task (starting, or in the pool's own bookkeeping), and a join on the task it was
    // to run then never returns. A helper that has not started when this thread's share is done is
    // told not to (nothing is left); one that started counts down however its jobs end.
    CountDownLatch helpersDone = new CountDownLatch(helpers);
    List<AtomicInteger> states = new ArrayList<>(helpers);
    for (int i = 0; i < helpers; i++) {
      AtomicInteger state = new AtomicInteger(PENDING);
      states.add(state);
      ForkJoinPool.commonPool().execute(() -> {
        if (!state.compareAndSet(PENDING, STARTED)) return;
        try {
          drain.run();
        } finally {
          helpersDone.countDown();
        }
      });
    }
    drain.run();
    for (AtomicInteger state : states) {
      if (state.compareAndSet(PENDING, SKIPPED)) helpersDone.countDown();
    }
    boolean interrupted = false;
    while (true) {
      try {
        helpersDone.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the jobs still finish: their results are the caller's
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    // Rethrown as it was thrown, from whichever thread.
    if (failure.get() instanceof RuntimeException e) throw e;
    if (failure.get() instanceof Error e) throw e;
  }

  private static final int PENDING = 0;
  private static final int STARTED = 1;
  private static final int SKIPPED = 2;

  /** The order jobs are handed out in: costliest first, equal costs as given. */
  static List<Job> handOutOrder(List<Job> jobs) {
    List<Job> order = new ArrayList<>(jobs);
    order.sort(Comparator.comparingLong(Job::cost).reversed());
    return order;
  }
}
