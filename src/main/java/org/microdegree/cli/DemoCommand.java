package org.microdegree.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Serve the worked example of the LUH model: five universities, three Bachelor programmes,",
                "and the micro-degree programmes AI in Production, AI Essentials, Solar Energy and the joint",
                "Master Sustainable Engineering. Loading is idempotent. Writes: user admin, password demo."})
class DemoCommand extends ServeCommand {

    @Override
    List<String> profiles() {
        List<String> p = new ArrayList<>(profiles);
        p.add("demo");
        return p;
    }
}
