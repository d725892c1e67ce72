package org.microdegree.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true, description = {
        "Serve the worked example of the LUH model: five universities, three Bachelor programmes,",
        "and the micro-degree programmes AI in Production, AI Essentials, Solar Energy and the joint",
        "Master Sustainable Engineering. Loading is idempotent. Demo accounts (password microdegree) are listed in the README."})
class DemoCommand extends ServeCommand {

    @Override
    List<String> profiles() {
        List<String> p = new ArrayList<>(profiles);
        p.add("demo");
        return p;
    }
}
