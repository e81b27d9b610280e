/*
 * The native floor for bench/overhead.sh: what a C harness pays for seedscope's per-run contract,
 * with no JVM. Per run, as bench/HarnessFloor.java does: create the run's working directory, start
 * the command (posix_spawnp, so PATH is searched as xargs and the JDK search it) with stdout and
 * stderr to files there, wait, and write a small record to a temporary file renamed into place.
 * It shows how much of seedscope's gap to xargs is the files the contract needs (little) and how
 * much is the JVM (the rest). Measurement only: no part of seedscope uses it.
 *
 * Build: cc -O2 -o native-floor bench/NativeFloor.c -lpthread
 * Usage: native-floor OUT_DIR RUNS WORKERS [--no-files]
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static const char *out;
static int runs;
static int files = 1;
static int next_run;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void run_one(int seed) {
  char dir[4096], stdout_log[4200], stderr_log[4200], arg[64], tmp[4200], record[4200], body[128];
  snprintf(arg, sizeof arg, "{\"return\": %d}", seed);
  char *argv[] = {"echo", arg, NULL};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (files) {
    snprintf(dir, sizeof dir, "%s/runs/r%d", out, seed);
    mkdir(dir, 0755);
    snprintf(stdout_log, sizeof stdout_log, "%s/stdout.log", dir);
    snprintf(stderr_log, sizeof stderr_log, "%s/stderr.log", dir);
    posix_spawn_file_actions_addopen(&actions, 1, stdout_log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, stderr_log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addchdir_np(&actions, dir);
  } else {
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  }
  pid_t pid;
  int status;
  if (posix_spawnp(&pid, "echo", &actions, NULL, argv, environ) != 0) {
    perror("posix_spawnp");
    exit(1);
  }
  waitpid(pid, &status, 0);
  posix_spawn_file_actions_destroy(&actions);
  if (files) {
    snprintf(tmp, sizeof tmp, "%s/records/.tmp-%d", out, seed);
    snprintf(record, sizeof record, "%s/records/%d.json", out, seed);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0644);
    int n = snprintf(body, sizeof body, "{\"seed\":%d,\"exit\":%d}", seed, WEXITSTATUS(status));
    if (fd < 0 || write(fd, body, n) != n || close(fd) != 0 || rename(tmp, record) != 0) {
      perror(tmp);
      exit(1);
    }
  }
}

static void *worker(void *unused) {
  (void) unused;
  for (;;) {
    pthread_mutex_lock(&lock);
    int seed = next_run++;
    pthread_mutex_unlock(&lock);
    if (seed >= runs) {
      return NULL;
    }
    run_one(seed);
  }
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: native-floor OUT_DIR RUNS WORKERS [--no-files]\n");
    return 2;
  }
  out = argv[1];
  runs = atoi(argv[2]);
  int workers = atoi(argv[3]);
  files = !(argc > 4 && strcmp(argv[4], "--no-files") == 0);
  char path[4200];
  mkdir(out, 0755);
  snprintf(path, sizeof path, "%s/runs", out);
  mkdir(path, 0755);
  snprintf(path, sizeof path, "%s/records", out);
  mkdir(path, 0755);
  pthread_t threads[64];
  workers = workers < 1 ? 1 : workers > 64 ? 64 : workers;
  for (int k = 0; k < workers; k++) {
    pthread_create(&threads[k], NULL, worker, NULL);
  }
  for (int k = 0; k < workers; k++) {
    pthread_join(threads[k], NULL);
  }
  return 0;
}
