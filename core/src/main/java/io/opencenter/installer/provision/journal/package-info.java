/** The append-only, fsynced JSON-lines journal of apply and destroy, and its summary for resume. */
package io.opencenter.installer.provision.journal;
