package baoku.corpus;

/** Which part of the corpus an article serves: learning, tuning, or the final held-out figure. */
public enum Split {
  TRAIN,
  DEV,
  TEST
}
