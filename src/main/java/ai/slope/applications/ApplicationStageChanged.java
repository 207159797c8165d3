package ai.slope.applications;

/**
 * An application moved to another stage; published in the transaction that moved it.
 * @param from the stage it left
 */
public record ApplicationStageChanged(long applicationId, Stage from, Stage to) {

}
