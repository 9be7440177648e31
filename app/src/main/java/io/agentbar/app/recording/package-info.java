/** Call recordings as files: the recorder the phone uses, and where the files go. */
package io.agentbar.app.recording;
