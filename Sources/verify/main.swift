print("verify: under construction")
