

# only comments

   
