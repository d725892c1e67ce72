package org.microdegree.web.pages;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.ItemComments;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A comment on an item from its design or review page; a refused one comes back in the field as typed, with the reason. */
@Controller
@RequiredArgsConstructor
class ItemCommentController {

    private final ItemComments comments;

    @PostMapping("/design/{kind}/{id}/comments")
    String add(@PathVariable String kind, @PathVariable String id, @RequestParam(required = false) @Nullable String text, Actor actor,
            RedirectAttributes redirect) {
        ItemKind k = kind(kind);
        if (!ItemId.isValid(id)) {
            throw new NotFoundException(k.code() + " '" + id + "' does not exist");
        }
        try {
            comments.add(k, ItemId.of(id), text == null ? "" : text, actor);
            redirect.addFlashAttribute("commented", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("commentText", text == null ? "" : text);
            redirect.addFlashAttribute("commentProblems", FormProblems.of(e));
        }
        return "redirect:/design/" + kind + "/" + id + "#comments";
    }

    private static ItemKind kind(String collection) {
        ItemKind k = DesignController.KINDS.get(collection);
        if (k == null) {
            throw new NotFoundException("there is no design page for '" + collection + "'");
        }
        return k;
    }
}
