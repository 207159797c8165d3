package ai.slope.salaries;

/**
 * What an import has done so far with the rows it read: stored, skipped as duplicates of rows stored already, and
 * rejected.
 */
record ImportTally(int read, int imported, int duplicates, int rejected) {

	static final ImportTally NONE = new ImportTally(0, 0, 0, 0);

	ImportTally withRead() {
		return new ImportTally(this.read + 1, this.imported, this.duplicates, this.rejected);
	}

	ImportTally withRejected() {
		return new ImportTally(this.read, this.imported, this.duplicates, this.rejected + 1);
	}

	/** A batch of {@code sent} rows of which the database stored {@code stored}: the others were duplicates. */
	ImportTally withBatch(int sent, int stored) {
		return new ImportTally(this.read, this.imported + stored, this.duplicates + sent - stored, this.rejected);
	}

}
