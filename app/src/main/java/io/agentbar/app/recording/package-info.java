/**
 * Call recordings as files: the recorder the phone uses, where the files go, their upload, and
 * the {@link io.agentbar.app.recording.RecordingFolder} catalog the recordings list reads them back from.
 */
package io.agentbar.app.recording;
