package dev.lambdalint.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
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
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), order.size() - 1);
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    for (int i = 0; i < helpers; i++) tasks.add(ForkJoinPool.commonPool().submit(drain));
    drain.run();
    // A helper still queued (the pool busy elsewhere) is run here by join, finding nothing left.
    for (ForkJoinTask<?> task : tasks) task.join();
    // Rethrown as it was thrown: ForkJoinTask.join would rewrap a worker's exception.
    if (failure.get() instanceof RuntimeException e) throw e;
    if (failure.get() instanceof Error e) throw e;
  }

  /** The order jobs are handed out in: costliest first, equal costs as given. */
  static List<Job> handOutOrder(List<Job> jobs) {
    List<Job> order = new ArrayList<>(jobs);
    order.sort(Comparator.comparingLong(Job::cost).reversed());
    return order;
  }
}
