package ai.slope.jobs;

/**
 * Whether a job seeker keeps a posting on their saved list, for the save button of the posting's page: the module
 * that keeps saved jobs implements it (postings know nothing of saved lists, which keeps the modules acyclic),
 * and the page's controller puts the answer in the model, so no template calls another module's bean.
 */
public interface SavedPostings {

	boolean isSaved(long accountId, long postingId);

}
