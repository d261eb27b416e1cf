package dev.lambdalint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdalint.core.engine.LargestFirst.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** The loading and rules queue: every job once, biggest first, a job's failure rethrown as it was. */
class LargestFirstTest {
  @Test
  void runsEveryJobExactlyOnce() {
    List<Integer> done = new ArrayList<>();
    ConcurrentLinkedQueue<Integer> ran = new ConcurrentLinkedQueue<>();
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      int id = i;
      done.add(id);
      jobs.add(new Job(i % 7, () -> ran.add(id)));
    }
    LargestFirst.run(jobs);
    assertThat(ran).containsExactlyInAnyOrderElementsOf(done);
  }

  @Test
  void handsOutTheCostliestJobsFirst() {
    // The order the threads take jobs in; which thread records its start first is the scheduler's
    // business (a test of that would fail on a busy machine), so the order itself is the contract.
    List<Job> jobs = new ArrayList<>();
    for (long cost : new long[] {3, 900, 1, 50, 7, 50}) jobs.add(new Job(cost, () -> {}));
    assertThat(LargestFirst.handOutOrder(jobs)).extracting(Job::cost).containsExactly(900L, 50L, 50L, 7L, 3L, 1L);
    assertThat(LargestFirst.handOutOrder(jobs).subList(1, 3)).containsExactly(jobs.get(3), jobs.get(5));
  }

  @Test
  void aFailingJobIsRethrownAsItself() {
    IllegalStateException boom = new IllegalStateException("bad option");
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      int id = i;
      jobs.add(new Job(i, () -> {
        if (id == 60) throw boom;
      }));
    }
    // Not a copy made by ForkJoinTask.join for an exception from another thread: the engine
    // turns a ConfigException's own message into the user's error.
    assertThatThrownBy(() -> LargestFirst.run(jobs)).isSameAs(boom);
  }

  @Test
  void noJobsIsNothingToDo() {
    LargestFirst.run(List.of());
  }
}
