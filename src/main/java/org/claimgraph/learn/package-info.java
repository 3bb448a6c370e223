/**
 * Optional learned filter over the rules' attributions: {@code claimgraph train} fits a maximum
 * entropy model (OpenNLP) on a user's own gold file to tell which candidate attributions that
 * annotation convention counts; {@code --model} on extract, ingest and eval applies it. The
 * shipped extractor uses no trained model.
 */
package org.claimgraph.learn;
