package org.reciproque.exchange;

/**
 * What the animation team looks at on the follow-up page.
 */
enum FollowUpCategory {

	/** The participants have not agreed on terms yet. */
	WAITING,

	/** Running, with recent or planned meetings. */
	RUNNING,

	/**
	 * Running, but no meeting for longer than the network's setting, and none planned.
	 */
	STALLED,

	/** Done, and some participants have not debriefed. */
	DONE_WITHOUT_DEBRIEF,

	/** Done, everyone debriefed. */
	DONE,

	/** Stopped. */
	STOPPED

}
