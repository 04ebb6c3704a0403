package dev.rustgo.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every rustgo goal shares: {@code rustgo.skip}, handled once, before any work. */
public abstract class AbstractRustgoMojo extends AbstractMojo {

    /** Skip the goal, saying so in one line. */
    @Parameter(property = "rustgo.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("rustgo: skipped (rustgo.skip=true)");
            return;
        }
        run();
    }

    /** Whether {@code rustgo.skip} is set: for entry points other than {@link #execute()}, such as a site report. */
    protected final boolean isSkipped() {
        return skip;
    }

    /** The goal's work, when it is not skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;
}
