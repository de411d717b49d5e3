not a revision script, and hidden, so never read
