/**
 * The executor: {@link io.opencenter.installer.provision.apply.Applier} runs a plan as a DAG with bounded
 * parallelism and the Neutron lane, adopting what exists and journaling every step;
 * {@link io.opencenter.installer.provision.apply.CriticalPath} is the time floor of a plan under the same policy
 * (estimates, ETA, benchmark). Design: one coordinator thread owns all resource states; workers run one resource
 * each and report back through a queue.
 */
package io.opencenter.installer.provision.apply;
