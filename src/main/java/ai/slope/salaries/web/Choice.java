package ai.slope.salaries.web;

/**
 * One option of a select: the value sent and the label shown.
 */
record Choice(String value, String label) {
}
